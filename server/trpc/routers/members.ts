import { addMember } from "../../services/members/add-member";
import { changeRole } from "../../services/members/change-role";
import { listMembers } from "../../services/members/list-members";
import { addMemberInput, changeRoleInput, removeMemberInput } from "../../services/members/member-input";
import { removeMember } from "../../services/members/remove-member";
import { router } from "../init";
import { permissionProcedure } from "../procedures";

const read = permissionProcedure("members.read");
const manage = permissionProcedure("members.manage");

export const membersRouter = router({
  list: read.query(({ ctx }) => listMembers(ctx.svc)),
  add: manage.input(addMemberInput).mutation(({ ctx, input }) => addMember(ctx.svc, input)),
  changeRole: manage.input(changeRoleInput).mutation(({ ctx, input }) => changeRole(ctx.svc, input)),
  remove: manage.input(removeMemberInput).mutation(({ ctx, input }) => removeMember(ctx.svc, input)),
});
